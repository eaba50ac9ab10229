using System.Collections;
using System.Globalization;
using Archive.Linking;
using Archive.Rendering.Links;
using Archive.Rendering.Views;
using Scriban;
using Scriban.Parsing;

namespace Archive.Rendering.Theme;

/// <summary>
/// The functions templates may call, named in snake_case (<c>DateLink</c> is <c>date_link</c>). They format; they
/// do not decide: anything that needs the site model is computed into the view before rendering. Functions that
/// build markup encode every part they take from a view and return <see cref="SafeHtml"/>.
/// The examples in <c>tests/Archive.Tests/Specs/ThemeFunctions.md</c> are run by the tests.
/// </summary>
public static class ThemeFunctions
{
    /// <summary><c>{{ date_link content.published }}</c>: the date in a <c>&lt;time&gt;</c>, linked to its date page when there is one.</summary>
    public static SafeHtml DateLink(DateView? date)
    {
        if (date is null) return SafeHtml.Empty;
        var time = $"<time datetime=\"{Enc(date.Iso)}\">{Enc(date.Text)}</time>";
        return date.Url is null ? new SafeHtml(time)
            : new SafeHtml($"<a class=\"date\" href=\"{Enc(date.Url)}\">{time}</a>") { Links = PageLinks.ToPage(date.Url) };
    }

    /// <summary><c>{{ record_link link }}</c>: a record's name linked to its page.</summary>
    public static SafeHtml RecordLink(LinkView? link) =>
        link is null ? SafeHtml.Empty : new SafeHtml($"<a href=\"{Enc(link.Url)}\">{Enc(link.Text)}</a>") { Links = PageLinks.ToPage(link.Url) };

    /// <summary><c>{{ plural content.note_count "note" }}</c> → "3 notes"; a third argument gives an irregular plural. A list counts its items.</summary>
    public static string Plural(TemplateContext context, SourceSpan span, object? count, string singular, string? plural = null)
    {
        var n = count switch
        {
            null => 0,
            int i => i,
            long l => l,
            ICollection c => c.Count,
            _ => throw new ThemeScriptException(span, ThemeErrorKind.Runtime, $"plural counts a number or a list, not {context.GetTypeName(count)}",
                "write {{ plural content.note_count \"note\" }}"),
        };
        return Labels.Plural(n, singular, plural);
    }

    /// <summary>
    /// <c>{{ url_for "group" "kataib-hezbollah" }}</c> → <c>/groups/kataib-hezbollah/</c>; <c>{{ url_for "offers" }}</c> → <c>/offers/</c>.
    /// Kinds: <c>article</c>, <c>group</c>, <c>offer</c>, <c>page</c>, <c>term</c> (with an id), <c>home</c>, <c>articles</c>,
    /// <c>groups</c>, <c>offers</c>, <c>dates</c>, <c>terms</c>, <c>search</c>, <c>data</c> (the Data page), <c>feed</c> (the archive's Atom feed).
    /// </summary>
    public static string UrlFor(TemplateContext context, SourceSpan span, string kind, string? id = null) => (kind, id) switch
    {
        ("article", { Length: > 0 } i) => Urls.Article(i),
        ("group", { Length: > 0 } i) => Urls.Group(i),
        ("offer", { Length: > 0 } i) => Urls.Offer(i),
        ("page", { Length: > 0 } i) => Urls.Page(i),
        ("term", { Length: > 0 } i) => Urls.Term(i),
        ("article" or "group" or "offer" or "page" or "term", _) => throw new ThemeScriptException(span, ThemeErrorKind.Runtime,
            $"url_for \"{kind}\" needs the record's id", $"write {{{{ url_for \"{kind}\" \"some-id\" }}}}"),
        ("home", null) => Urls.Home,
        ("articles", null) => Urls.Articles,
        ("groups", null) => Urls.Groups,
        ("offers", null) => Urls.Offers,
        ("dates", null) => Urls.Dates,
        ("terms", null) => Urls.Terms,
        ("search", null) => Urls.Search,
        ("data", null) => Urls.Data,
        ("feed", null) => Urls.Feed,
        ("home" or "articles" or "groups" or "offers" or "dates" or "terms" or "search" or "data" or "feed", _) => throw new ThemeScriptException(span, ThemeErrorKind.Runtime,
            $"url_for \"{kind}\" takes no id", $"write {{{{ url_for \"{kind}\" }}}}"),
        _ => throw new ThemeScriptException(span, ThemeErrorKind.Runtime, $"url_for does not know the kind `{kind}`",
            "use article, group, offer, page or term with an id, or home, articles, groups, offers, dates, terms, search, data or feed"),
    };

    private static string Enc(string text) => HtmlText.Encode(text);
}
