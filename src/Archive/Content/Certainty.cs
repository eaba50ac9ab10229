namespace Archive.Content;

/// <summary>
/// How firmly a source supports a claim, in the words editors write (<c>certainty:</c>). Every value but
/// <see cref="Confirmed"/> needs the evidence: the article that says so and the exact words.
/// </summary>
public enum Certainty
{
    /// <summary>Stated as fact; the default, and what a plain id in a list means.</summary>
    Confirmed,

    /// <summary>A source reports someone's claim ("two militia commanders said …").</summary>
    Reported,

    /// <summary>A source gives it as belief or inference ("believed to include …").</summary>
    Believed,

    /// <summary>Sources, or people they quote, contradict one another on it.</summary>
    Disputed,
}
