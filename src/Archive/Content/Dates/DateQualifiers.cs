namespace Archive.Content.Dates;

/// <summary>
/// EDTF level-1 qualifiers applied to a whole date. <c>?</c> is <see cref="Uncertain"/>,
/// <c>~</c> is <see cref="Approximate"/> and <c>%</c> is both.
/// </summary>
[Flags]
public enum DateQualifiers
{
    /// <summary>The date is stated as known.</summary>
    None = 0,

    /// <summary>The source is doubtful about the date (<c>?</c>).</summary>
    Uncertain = 1,

    /// <summary>The date is an estimate (<c>~</c>).</summary>
    Approximate = 2,
}
