using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Markdown.Annotations;

/// <summary>
/// Closes a <c>[</c> opened by <see cref="LinkInlineParser"/> as an <see cref="AnnotationInline"/>
/// when the <c>]</c> is immediately followed by <c>{group=id}</c>, <c>{offer=id}</c> or <c>{note="…"}</c>.
/// </summary>
/// <remarks>
/// It must run before <see cref="LinkInlineParser"/> on <c>]</c>: that parser turns an unmatched
/// <c>[</c> into literal text, after which the bracketed passage can no longer be recovered. In every
/// other case it declines without touching any state, so links, references and footnotes are unaffected.
/// </remarks>
public sealed class AnnotationInlineParser : InlineParser
{
    /// <summary>Creates the parser; it triggers on <c>]</c>.</summary>
    public AnnotationInlineParser()
    {
        OpeningCharacters = [']'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{' || processor.Inline is null)
        {
            return false;
        }

        var opener = processor.Inline.FirstParentOfType<LinkDelimiterInline>();
        if (opener is null || opener.IsImage || opener.FirstChild is null)
        {
            return false;
        }

        var cursor = slice;
        cursor.SkipChar();
        if (!AnnotationSyntax.TryParse(ref cursor, out var kind, out var value))
        {
            return false;
        }

        // An opener goes inactive when a link closed inside it. Group and offer annotations render as
        // <a>, which must not nest, so those fall back to text exactly as CommonMark does for [[a](b)](c);
        // a note renders as <span>, which may hold a link.
        var rendersAsLink = kind != AnnotationKind.Note;
        if (rendersAsLink && !opener.IsActive)
        {
            return false;
        }

        var annotation = new AnnotationInline(kind, value)
        {
            Span = new SourceSpan(opener.Span.Start, processor.GetSourcePosition(cursor.Start - 1)),
            Line = opener.Line,
            Column = opener.Column,
        };

        var enclosing = opener.Parent;
        opener.ReplaceBy(annotation);
        processor.Inline = annotation;

        // Emphasis inside the brackets is resolved within the annotation, as for a link's text.
        processor.PostProcessInlines(0, annotation, null, false);

        if (rendersAsLink)
        {
            DeactivateEnclosingOpeners(enclosing);
        }

        annotation.IsClosed = true;
        slice = cursor;
        return true;
    }

    // Same rule LinkInlineParser applies after a link, so [[a]{group=x}](url) cannot produce <a> inside <a>.
    private static void DeactivateEnclosingOpeners(Inline? inline)
    {
        for (; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkDelimiterInline delimiter)
            {
                if (delimiter.IsImage)
                {
                    break;
                }

                delimiter.IsActive = false;
            }
        }
    }
}
