namespace Archive.Content;

/// <summary>
/// A point on which sources disagree (a date, the duration, who took part): two or more positions, from at least two
/// different articles, each with its exact quote. Files written before positions existed (<c>{about, note}</c>) still
/// load, with a warning: their <see cref="Positions"/> are empty and <see cref="Note"/> holds the editors' text.
/// </summary>
/// <param name="At">Where the entry's <c>about</c> is written.</param>
public sealed record OfferDispute(string About, IReadOnlyList<DisputePosition> Positions, string? Note, SourceSpan At)
{
    /// <summary>The deprecated form: an editors' note instead of quoted positions.</summary>
    public bool IsNoteOnly => Positions.Count == 0;
}
