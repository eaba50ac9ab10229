namespace Archive.Rendering.Views;

/// <summary>A link to a record or page, with optional small print (a kind, a status) and a date.</summary>
public sealed record LinkView(string Text, string Url)
{
    public string? Detail { get; init; }
    public DateView? Date { get; init; }
}
