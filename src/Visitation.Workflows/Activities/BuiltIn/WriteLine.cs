using Visitation.Workflows.Descriptors;

namespace Visitation.Workflows.Activities.BuiltIn;

/// <summary>Writes a line of text to the instance's journal (the entry's message).</summary>
[Activity("Elsa.WriteLine", DisplayName = "Skriv linje", DisplayNameEn = "Write line", Category = "Primitiver")]
public sealed class WriteLine : CodeActivity
{
    [Input(DisplayName = "Tekst", DisplayNameEn = "Text", UiHint = UiHints.MultiLine)]
    public Input<string> Text { get; set; } = new();

    protected override void Execute(ActivityContext context) => context.WriteJournal(context.Get(Text) ?? "");
}
