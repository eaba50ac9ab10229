using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Html;

/// <summary>
/// One passage to mark in an article's text, however many records quote it: the words, every id that must lead to it
/// (the first is the mark's own id, the others empty anchors at its start), the editors' notes shown beside it and
/// one citation per record that quotes it.
/// </summary>
public sealed record PassageMark(string Quote, IReadOnlyList<string> Ids)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<PassageCitation> Citations { get; init; } = [];

    /// <summary>The passage is one side of a dispute between sources (a CSS hook: <c>quote-dispute</c>).</summary>
    public bool IsDisputePosition { get; init; }

    /// <summary>The mark of a single quote, cited by its record's page as it is (no place on that page).</summary>
    public static PassageMark Of(CitedQuote quote) => new(quote.Quote, [quote.AnchorId])
    {
        Notes = quote.CitedByKind == CitedByKind.Note && quote.Note is not null ? [quote.Note] : [],
        Citations = quote.CitedByKind == CitedByKind.Note
            ? []
            : [new PassageCitation(Codes.Of(quote.CitedByKind), quote.CitedByUrl ?? "#" + quote.AnchorId,
                $"Quoted by the {Codes.Of(quote.CitedByKind)} “{quote.CitedByTitle}”")],
        IsDisputePosition = quote.Role == QuoteRole.DisputePosition,
    };
}
