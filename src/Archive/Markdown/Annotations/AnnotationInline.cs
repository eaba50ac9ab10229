using Markdig.Syntax.Inlines;

namespace Archive.Markdown.Annotations;

/// <summary>
/// A passage of an article annotated with <c>[text]{group=id}</c>, <c>[text]{offer=id}</c>
/// or <c>[text]{note="…"}</c>. The children are the bracketed text, already parsed as inline Markdown.
/// </summary>
/// <remarks>
/// Position comes from <see cref="Markdig.Syntax.MarkdownObject"/>: <c>Line</c> and <c>Column</c> are
/// 0-based and point at the opening <c>[</c>; <c>Span</c> covers <c>[</c> through the closing <c>}</c>.
/// Add 1 to both for the 1-based <c>file:line:column</c> form editors expect.
/// </remarks>
public sealed class AnnotationInline : ContainerInline
{
    /// <summary>Creates an annotation of <paramref name="kind"/> carrying <paramref name="value"/>.</summary>
    public AnnotationInline(AnnotationKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Kind = kind;
        Value = value;
    }

    /// <summary>Whether this links to a group, to an offer, or carries a note.</summary>
    public AnnotationKind Kind { get; }

    /// <summary>
    /// The record id for <see cref="AnnotationKind.Group"/> and <see cref="AnnotationKind.Offer"/>
    /// (not checked against any records here); the unescaped plain note text for <see cref="AnnotationKind.Note"/>.
    /// </summary>
    public string Value { get; }
}
