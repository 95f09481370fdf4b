using System.Text;

namespace Visitation.Host.Infrastructure.Errors;

public static class JsonPointer
{
    /// <summary>Turns System.Text.Json's <c>$.items[2].name</c> into the JSON Pointer <c>/items/2/name</c>.</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var pointer = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0) end = path.Length;
                Append(pointer, path[(i + 1)..end].Trim('\''));
                i = end + 1;
            }
            else i++;
        }
        return pointer.ToString();
    }

    /// <summary>Camel-cases a C# member name for a pointer segment: <c>UserName</c> → <c>/userName</c>.</summary>
    public static string For(params string[] members) =>
        string.Concat(members.Select(m => "/" + (m.Length > 0 && char.IsUpper(m[0]) ? char.ToLowerInvariant(m[0]) + m[1..] : m)));

    private static void Append(StringBuilder pointer, string segment) =>
        pointer.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));
}
