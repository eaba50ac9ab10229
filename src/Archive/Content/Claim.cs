namespace Archive.Content;

/// <summary>
/// One entry of a list that ties a record to a group (<c>by</c>, <c>to</c>, <c>via</c>, <c>member_of</c>, a relation),
/// with how firmly that tie is supported and by which words. A plain id in the list is a claim the editors assert
/// (<see cref="Certainty.Confirmed"/>, no <see cref="Source"/>); the map form
/// <c>{group, certainty, source, quote}</c> carries its evidence, which linking verifies and marks in the article.
/// </summary>
/// <param name="Group">The group the claim is about, where its id is written.</param>
/// <param name="Source">The article whose words support the claim; null for the editors' own assertion.</param>
/// <param name="Quote">The exact words of <paramref name="Source"/>; present exactly when <paramref name="Source"/> is.</param>
/// <param name="QuoteAt">Where the quote (or, without one, the entry) is written, for diagnostics.</param>
public sealed record Claim(Ref Group, Certainty Certainty, Ref? Source, string? Quote, SourceSpan QuoteAt)
{
    /// <summary>The editors' assertion, as a plain id in a list has always meant.</summary>
    public static Claim Asserted(Ref group) => new(group, Certainty.Confirmed, null, null, group.At);

    /// <summary>True when no article is cited: the editors assert the tie themselves.</summary>
    public bool IsEditorial => Source is null;

    /// <summary>The certainty as written in YAML (<c>confirmed</c>, <c>reported</c>, <c>believed</c>, <c>disputed</c>).</summary>
    public string CertaintyName => Codes.Of(Certainty);

    public override string ToString() => Group.Id;
}
