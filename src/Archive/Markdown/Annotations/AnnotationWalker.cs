using Markdig.Syntax;

namespace Archive.Markdown.Annotations;

/// <summary>Finds annotations in a parsed document, e.g. to check their ids against the records.</summary>
public static class AnnotationWalker
{
    /// <summary>
    /// Every <see cref="AnnotationInline"/> in <paramref name="document"/>, in document order;
    /// an annotation nested in another comes after its container.
    /// </summary>
    public static IEnumerable<AnnotationInline> FindAll(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Descendants<AnnotationInline>();
    }
}
