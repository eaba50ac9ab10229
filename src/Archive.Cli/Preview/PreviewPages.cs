using System.Net;
using System.Text;
using Archive.Diagnostics;

namespace Archive.Cli.Preview;

/// <summary>The pages the preview itself serves: the error overlay and a plain "not found" page.</summary>
internal static class PreviewPages
{
    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}" +
        "h1{font-size:1.4rem}ol{padding-left:1.2rem}li{margin:.8rem 0}code{font:14px ui-monospace,monospace}" +
        ".where{color:#555}.error{color:#b00020;font-weight:600}.warning{color:#8a6d00;font-weight:600}.hint{color:#555}";

    private const string PanelStyle =
        "position:fixed;z-index:2147483647;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:.5rem 1.5rem 1rem;" +
        "background:#fff8f8;border-top:4px solid #b00020;box-shadow:0 -4px 16px rgba(0,0,0,.25);font:15px/1.5 system-ui,sans-serif;color:#222";

    /// <summary>The page for a failed build when no build has succeeded yet: the error list on its own.</summary>
    public static string ErrorOverlay(PreviewBuild build) => Page("Build failed", ErrorList(build, hasSite: false));

    /// <summary>
    /// Adds the error list to the last good version of a page, as a panel fixed to the bottom of the window: the
    /// editor keeps reading the page while seeing what the latest edit broke.
    /// </summary>
    public static string WithOverlay(string html, PreviewBuild build)
    {
        var scoped = Style.Replace("body{", "#archive-preview-errors{", StringComparison.Ordinal).Replace("}", "}#archive-preview-errors ", StringComparison.Ordinal);
        var panel = $"<aside id=\"archive-preview-errors\" role=\"alert\" style=\"{PanelStyle}\"><style>#archive-preview-errors {scoped}</style>" +
                    ErrorList(build, hasSite: true) + "</aside>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + panel : html.Insert(at, panel);
    }

    /// <summary>Every problem of the failed build, one per item, as <c>file:line:col code message hint</c>.</summary>
    private static string ErrorList(PreviewBuild build, bool hasSite)
    {
        var sb = new StringBuilder();
        var errors = build.Errors.Count() + (build.Problem is null ? 0 : 1) + (build.Crash is null ? 0 : 1);
        sb.Append(hasSite ? "<h2 style=\"font-size:1.1rem\">The archive does not build</h2>" : "<h1>The archive does not build</h1>");
        sb.Append("<p>").Append(errors == 1 ? "1 error" : $"{errors} errors")
          .Append(hasSite
              ? ". This is the page as it last built; it reloads when the input is fixed.</p>"
              : ". No version of the site has built yet; this page reloads when the input is fixed.</p>");
        if (build.Problem is not null)
        {
            sb.Append("<p class=\"error\">").Append(Encode(build.Problem)).Append("</p>");
        }
        if (build.Crash is not null)
        {
            sb.Append("<p class=\"error\">The build stopped with an internal error (a bug in the generator):</p><pre>")
              .Append(Encode(build.Crash)).Append("</pre>");
        }
        sb.Append("<ol>");
        foreach (var d in build.Diagnostics.OrderByDescending(d => d.IsError))
        {
            var where = d.Line > 0 ? (d.Column > 0 ? $"{d.File}:{d.Line}:{d.Column}" : $"{d.File}:{d.Line}") : d.File;
            var kind = d.IsError ? "error" : "warning";
            sb.Append("<li><code class=\"where\">").Append(Encode(where)).Append("</code> ")
              .Append($"<span class=\"{kind}\">").Append(kind).Append(' ').Append(Encode(d.Code)).Append("</span> ")
              .Append(Encode(d.Message));
            if (d.Hint is not null) sb.Append("<br><span class=\"hint\">hint: ").Append(Encode(d.Hint)).Append("</span>");
            sb.Append("</li>");
        }
        sb.Append("</ol>");
        return sb.ToString();
    }

    public static string NotFound(string path, string home) =>
        Page("Not found", $"<h1>Not found</h1><p>Nothing is published at <code>{Encode(path)}</code>.</p><p><a href=\"{Encode(home)}\">Home</a></p>");

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} · archive preview</title>" +
        $"<style>{Style}</style></head><body>{body}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
