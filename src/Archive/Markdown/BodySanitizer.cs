using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Markdown;

/// <summary>
/// Turns a Markdown body into safe HTML: renders it with the archive's pipeline (our own extensions included),
/// then runs HtmlSanitizer over the result with an allowlist of what an archive body needs, so whatever raw HTML an
/// editor (or an attacker) wrote can neither run script nor embed other documents. Every removal is reported with
/// the body line it came from: the warning and the page come from the same removal, so they always agree.
/// </summary>
public sealed partial class BodySanitizer
{
    /// <summary>
    /// The most raw HTML elements open inside each other. Legitimate markup nests a few levels; the HTML parser's
    /// cost grows with the square of the depth, so a pasted run of thousands of unclosed tags would stall the build.
    /// </summary>
    public const int MaxHtmlDepth = 512;

    // Text-level and block elements of an article; nothing that scripts, embeds, styles the page or takes input.
    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    // data-group and data-offer are written by the annotation renderer; style only for table alignment and column widths.
    private static readonly string[] AllowedAttributes =
    [
        "href", "src", "alt", "title", "class", "id", "lang", "dir", "cite", "datetime", "colspan", "rowspan", "scope",
        "headers", "abbr", "span", "width", "height", "start", "reversed", "type", "value", "open", "role", "aria-label",
        "aria-hidden", "style", "data-group", "data-offer",
    ];

    // Removed with everything inside them: their content is script, style, another document or form input, not text.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
        "textarea", "select", "option", "title", "noembed", "noframes", "head", "meta", "link", "base", "canvas", "audio",
        "video", "source", "track", "form", "input", "button", "portal", "dialog",
    };

    // Elements whose end tag HTML lets authors leave out; they do not deepen the tree when left open.
    private static readonly HashSet<string> ClosedImplicitly = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr",
    };

    private static readonly IBrowsingContext Context = CreateContext();

    private static IBrowsingContext CreateContext()
    {
        // AngleSharp shares one pool of StringBuilders across the process behind a lock, and takes it for every
        // parse, every TextContent and every serialised tag: with bodies rendered on all cores, most of the time went
        // into waiting for that lock (65 % of the sampled time in rendering bodies at 10,000 articles). A fresh
        // builder each time costs some garbage and no waiting. The switch is the library's own and changes no output.
        StringBuilderPool.IsPoolingDisabled = true;
        return BrowsingContext.New(Configuration.Default.WithCss());
    }
    private static readonly HtmlParser PageParser = new(new HtmlParserOptions { IsScripting = true }, Context);

    // Only its name reaches the parse: the fragment parser makes a div of its own document to hold the body.
    private static readonly IElement ContextElement = EmptyRoot();

    private readonly ArchiveMarkdown _markdown;
    private readonly HtmlSanitizerOptions _options;
    private readonly BuilderPool _builders = new(8 * 1024);

    public BodySanitizer(ArchiveMarkdown markdown)
    {
        _markdown = markdown;
        _options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "action", "formaction", "background", "poster", "longdesc"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align", "width"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowDataAttributes = false,
        };
    }

    /// <summary>
    /// Whether sanitizing could remove something from this document: raw HTML, a link or image URL with a scheme other
    /// than http, https or mailto, or an attribute value holding <c>&amp;{</c> (the old script entity, which the
    /// sanitizer drops wherever it is): a link's title, an image's alt text, a code block's language. Everything else
    /// Markdig writes is on the allowlist, and the build skips the load-time scan for it.
    /// </summary>
    public static bool MayChange(MarkdownDocument document) =>
        document.Descendants().Any(n => n switch
        {
            HtmlBlock or HtmlInline => true,
            LinkInline link => !IsAllowedUrl(link.Url) || HoldsScriptEntity(link.Title) || (link.IsImage && HoldsScriptEntity(AltText(link))),
            AutolinkInline { IsEmail: false } auto => !IsAllowedUrl(auto.Url),
            FencedCodeBlock code => HoldsScriptEntity(code.Info),
            _ => false,
        });

    private static bool HoldsScriptEntity(string? value) => value?.Contains("&{", StringComparison.Ordinal) == true;

    // Markdig writes an image's alt text from its inlines' decoded text, so "&amp;{" and "&#38;{" are "&{" there too.
    private static string AltText(LinkInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Whether the sanitizer keeps a link or image URL: it removes one whose scheme (the text before the first
    /// <c>:</c>, or its character reference, ahead of any <c>/</c> or <c>#</c>) is not allowed. The same test as
    /// HtmlSanitizer's, on the same value.
    /// </summary>
    private static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Not trimmed, and only ASCII letters count: the sanitizer reads the URL after Markdig percent-encodes it, so
        // a leading space makes a scheme (%20https) it removes; and only ASCII letters compare, whatever the case folding.
        var scheme = SchemePattern().Match(url);
        return !scheme.Success || (scheme.Groups[1].Value.All(char.IsAsciiLetter) && AllowedSchemes.Contains(scheme.Groups[1].Value));
    }

    private static readonly HashSet<string> AllowedSchemes = new(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"^([^\/#]*?)(?:\:|&#0*58|&#x0*3a)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SchemePattern();

    /// <summary>The body as a sanitized element (its children are the body), and what was removed.</summary>
    public SanitizedBody Sanitize(MarkdownDocument document) => Sanitize(document, alwaysSanitize: false);

    /// <param name="alwaysSanitize">Run the sanitizer even where <see cref="CanChange"/> says it would change nothing
    /// (for the tests that hold the shortcut to giving the same bytes).</param>
    internal SanitizedBody Sanitize(MarkdownDocument document, bool alwaysSanitize)
    {
        var (html, marks) = Render(document);
        var sanitize = alwaysSanitize || CanChange(document, html);
        var positions = sanitize ? new Dictionary<IElement, int>() : null;
        var depth = 0;
        var tooDeepAt = -1;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = true,
            OnCreated = positions is null ? null : (element, position) => positions.TryAdd(element, Math.Max(0, position.Position - 1)),
            OnToken = (token, range) =>
            {
                if (token is not HtmlTagToken tag || ClosedImplicitly.Contains(tag.Name)) return;
                if (token.Type == HtmlTokenType.StartTag && !tag.IsSelfClosing) depth++;
                else if (token.Type == HtmlTokenType.EndTag) depth = Math.Max(0, depth - 1);
                if (depth <= MaxHtmlDepth) return;
                tooDeepAt = Math.Max(0, range.Start.Position - 1);
                throw new NestingLimitException();
            },
        }, Context);

        IHtmlElement root;
        try
        {
            // The fragment parser builds the nodes under a div of a document of its own: that div is the body's root,
            // so a body costs one document, not a second one to move the nodes into.
            var nodes = parser.ParseFragment(html, ContextElement);
            root = nodes.Length > 0 ? (IHtmlElement)nodes[0].Parent! : EmptyRoot();
        }
        catch (NestingLimitException)
        {
            return new SanitizedBody(null, [], marks.Locate(html, tooDeepAt));
        }
        if (positions is null) return new SanitizedBody(root, [], null);

        var removals = new List<HtmlRemoval>();
        var sanitizer = new HtmlSanitizer(_options) { KeepChildNodes = true };
        HtmlRemoval At(IElement element, string what)
        {
            var (line, column) = marks.Locate(html, PositionOf(element, positions));
            return new HtmlRemoval(line, column, what);
        }
        sanitizer.RemovingTag += (_, e) =>
        {
            // Inside a subtree dropped whole: its removal was reported once, for the outermost element.
            if (!IsUnder(e.Tag, root))
            {
                e.Cancel = true;
                return;
            }
            var name = e.Tag.LocalName;
            if (DroppedWithContent.Contains(name))
            {
                removals.Add(At(e.Tag, $"<{name}> and everything inside it"));
                e.Tag.Remove();
                e.Cancel = true;
                return;
            }
            removals.Add(At(e.Tag, $"the <{name}> tag (its text is kept)"));
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (!IsUnder(e.Tag, root)) return;
            var attribute = e.Attribute.Name;
            removals.Add(At(e.Tag, e.Reason == RemoveReason.NotAllowedUrlValue
                ? $"a {Scheme(e.Attribute.Value)} URL in the {attribute}= of <{e.Tag.LocalName}>"
                : attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    ? $"the {attribute}= handler of <{e.Tag.LocalName}>"
                    : HoldsScriptEntity(e.Attribute.Value)
                        ? $"the {attribute}= of <{e.Tag.LocalName}> (it holds “&{{”, an old way to run script; write “& {{”)"
                        : $"the {attribute}= attribute of <{e.Tag.LocalName}>"));
        };
        sanitizer.RemovingStyle += (_, e) =>
        {
            if (IsUnder(e.Tag, root)) removals.Add(At(e.Tag, $"the style `{e.Style.Name}` of <{e.Tag.LocalName}>"));
        };
        // Comments are the editor's notes to themselves: left out of pages without a warning.
        sanitizer.SanitizeDom((IHtmlDocument)root.Owner!, root);
        return new SanitizedBody(root, removals, null);
    }

    /// <summary>
    /// Whether the sanitizer could change this body: besides what <see cref="MayChange"/> finds (something to remove),
    /// it rewrites every style attribute in its own CSS notation (Markdig writes them for table alignment and column
    /// widths). The HTML is also searched for <c>&amp;{</c> as text, a backstop for an attribute <see cref="MayChange"/>
    /// does not know; it may find such text outside an attribute, and then the body is only sanitized when it need not be.
    /// </summary>
    private static bool CanChange(MarkdownDocument document, string html) =>
        html.Contains(" style=", StringComparison.Ordinal) || html.Contains("&{", StringComparison.Ordinal) ||
        html.Contains("&amp;{", StringComparison.Ordinal) || MayChange(document);

    private static IHtmlElement EmptyRoot() =>
        (IHtmlElement)PageParser.ParseDocument("<!DOCTYPE html><html><body><div></div></body></html>").Body!.FirstElementChild!;

    private (string Html, PositionMarks Marks) Render(MarkdownDocument document)
    {
        var builder = _builders.Rent();
        try
        {
            using var writer = new StringWriter(builder);
            var renderer = new HtmlRenderer(writer);
            _markdown.Pipeline.Setup(renderer);
            var marks = new PositionMarks();
            renderer.ObjectWriteBefore += (_, obj) => marks.Add(builder.Length, obj.Line, obj.Column);
            renderer.Render(document);
            writer.Flush();
            return (builder.ToString(), marks);
        }
        finally
        {
            _builders.Return(builder);
        }
    }

    private static int PositionOf(IElement element, Dictionary<IElement, int> positions)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (positions.TryGetValue(e, out var at)) return at;
        }
        return 0;
    }

    private static bool IsUnder(IElement element, IElement root)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, root)) return true;
        }
        return false;
    }

    private static string Scheme(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? compact[..(colon + 1)].ToLowerInvariant() : "disallowed";
    }

    private sealed class NestingLimitException : Exception;
}
