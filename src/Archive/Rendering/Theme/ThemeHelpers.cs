using System.Net;
using Archive.Linking;
using Archive.Rendering.Views;
using HandlebarsDotNet;

namespace Archive.Rendering.Theme;

/// <summary>
/// The helpers templates may call. They format, they do not decide: anything that needs the site model is
/// computed into the view before rendering. Handlebars.Net matches helper names without regard to case, so no
/// helper may share a name with a view property: a helper called <c>url</c> would answer every <c>{{Url}}</c>.
/// </summary>
public static class ThemeHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("plural", (in HelperOptions _, in Context _, in Arguments args) =>
            Plural(args.Length > 0 ? args[0] : null, args.Length > 1 ? args[1]?.ToString() : null, args.Length > 2 ? args[2]?.ToString() : null));
        handlebars.RegisterHelper("dateLink", (EncodedTextWriter output, Context _, Arguments args) =>
            output.WriteSafeString(Date(args.Length > 0 ? args[0] as DateView : null)));
        handlebars.RegisterHelper("recordLink", (EncodedTextWriter output, Context _, Arguments args) =>
            output.WriteSafeString(Link(args.Length > 0 ? args[0] as LinkView : null)));
        handlebars.RegisterHelper("urlFor", (in HelperOptions _, in Context _, in Arguments args) =>
            Url(args.Length > 0 ? args[0]?.ToString() : null, args.Length > 1 ? args[1]?.ToString() : null));
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments args) =>
            args.Length == 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
    }

    /// <summary><c>{{plural 3 "offer"}}</c> → "3 offers"; a third argument gives an irregular plural.</summary>
    public static string Plural(object? count, string? singular, string? plural = null)
    {
        var n = count switch
        {
            int i => i,
            long l => l,
            System.Collections.ICollection c => c.Count,
            _ => long.TryParse(count?.ToString(), out var parsed) ? parsed : 0,
        };
        return Labels.Plural(n, singular ?? "item", plural);
    }

    /// <summary><c>{{dateLink d}}</c>: the date as text in a <c>&lt;time&gt;</c>, linked to its date page when there is one.</summary>
    public static string Date(DateView? date)
    {
        if (date is null) return "";
        var time = $"<time datetime=\"{Enc(date.Iso)}\">{Enc(date.Text)}</time>";
        return date.Url is null ? time : $"<a class=\"date\" href=\"{Enc(date.Url)}\">{time}</a>";
    }

    /// <summary><c>{{recordLink l}}</c>: a record's name linked to its page.</summary>
    public static string Link(LinkView? link) =>
        link is null ? "" : $"<a href=\"{Enc(link.Url)}\">{Enc(link.Text)}</a>";

    /// <summary><c>{{urlFor "group" "kataib-hezbollah"}}</c> → <c>/groups/kataib-hezbollah/</c>.</summary>
    public static string Url(string? kind, string? id) => (kind, id) switch
    {
        ("article", { } i) => Urls.Article(i),
        ("group", { } i) => Urls.Group(i),
        ("offer", { } i) => Urls.Offer(i),
        ("page", { } i) => Urls.Page(i),
        ("articles", _) => Urls.Articles,
        ("groups", _) => Urls.Groups,
        ("offers", _) => Urls.Offers,
        ("dates", _) => Urls.Dates,
        ("search", _) => Urls.Search,
        _ => Urls.Home,
    };

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
