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

    /// <summary>Every problem of the failed build, one per item, as <c>file:line:col code message hint</c>.</summary>
    public static string ErrorOverlay(PreviewBuild build)
    {
        var sb = new StringBuilder();
        var errors = build.Errors.Count();
        sb.Append("<h1>The archive does not build</h1>");
        sb.Append("<p>").Append(errors == 1 ? "1 error" : $"{errors} errors")
          .Append(". The preview still holds the last site that built; this page reloads when the input is fixed.</p>");
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
        return Page("Build failed", sb.ToString());
    }

    public static string NotFound(string path, string home) =>
        Page("Not found", $"<h1>Not found</h1><p>Nothing is published at <code>{Encode(path)}</code>.</p><p><a href=\"{Encode(home)}\">Home</a></p>");

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} · archive preview</title>" +
        $"<style>{Style}</style></head><body>{body}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
