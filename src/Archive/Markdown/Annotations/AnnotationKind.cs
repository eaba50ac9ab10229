namespace Archive.Markdown.Annotations;

/// <summary>What an <see cref="AnnotationInline"/> attaches to its passage.</summary>
public enum AnnotationKind
{
    /// <summary><c>[text]{group=id}</c>: the passage concerns a group record.</summary>
    Group,

    /// <summary><c>[text]{offer=id}</c>: the passage concerns an offer record.</summary>
    Offer,

    /// <summary><c>[text]{note="…"}</c>: the passage carries an editor's margin note.</summary>
    Note,
}
