using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Visitation.Workflows.Persistence;

/// <summary>Insert SQL and parameters of one table; store-generated keys (identity columns) are left to the database.</summary>
internal sealed class RowSql
{
    static int prefixes;
    readonly string _prefix = "r" + Interlocked.Increment(ref prefixes) + "_";

    /// <summary>One column: <see cref="Read"/> gives a row's value as the provider stores it.</summary>
    public sealed record ColumnSql(string Name, string Quoted, IProperty Property, Func<object?, object?> ToProvider, Func<object, object?> Read);

    public RowSql(IEntityType entity, ISqlGenerationHelper sql)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Table = sql.DelimitIdentifier(table.Name, table.Schema);
        Columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p =>
            {
                var converter = p.GetTypeMapping().Converter;
                Func<object?, object?> toProvider = converter is null ? value => value : value => value is null ? null : converter.ConvertToProvider(value);
                // A compiled getter: the step's rows are read column by column on every commit.
                var row = Expression.Parameter(typeof(object));
                var get = Expression.Lambda<Func<object, object?>>(
                    Expression.Convert(Expression.Property(Expression.Convert(row, entity.ClrType), p.PropertyInfo!), typeof(object)), row).Compile();
                return new ColumnSql(p.Name, sql.DelimitIdentifier(p.GetColumnName(table)!), p, toProvider, value => toProvider(get(value)));
            })
            .ToArray();
        InsertPrefix = $"INSERT INTO {Table} ({string.Join(", ", Columns.Select(c => c.Quoted))}) VALUES ";
    }

    public string Table { get; }
    public ColumnSql[] Columns { get; }
    public string InsertPrefix { get; }

    public ColumnSql Column(string name) => Columns.Single(c => c.Name == name);

    /// <summary>Appends one multi-row INSERT for <paramref name="rows"/> (nothing for none) and binds its parameters.</summary>
    public void AppendInsert<T>(StringBuilder text, DbCommand command, IReadOnlyList<T> rows) where T : class
    {
        if (rows.Count == 0) return;
        text.Append(InsertPrefix);
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            var prefix = _prefix + r + "_";
            for (var c = 0; c < Columns.Length; c++)
            {
                if (c > 0) text.Append(", ");
                text.Append('@').Append(prefix).Append(Columns[c].Name);
            }
            text.Append(')');
            AddParameters(command, rows[r], prefix, Columns);
        }
        text.Append(";\n");
    }

    public void AddParameters<T>(DbCommand command, T row, string prefix, IEnumerable<ColumnSql> columns) where T : class
    {
        if (!prefix.EndsWith('_')) prefix += "_";
        foreach (var column in columns)
            StepSql.AddParameter(command, prefix + column.Name, column.Read(row));
    }
}
