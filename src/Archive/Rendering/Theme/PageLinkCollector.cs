using System.Text;
using Archive.Rendering.Links;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// Collects one page's <see cref="PageLinks"/> as it renders: replays the <see cref="TemplateLinkMap"/> events of each
/// literal piece the page writes, assembles captured values from the pieces and printed values, and adds what each
/// printed piece of safe HTML carries. One per page.
/// </summary>
internal sealed class PageLinkCollector
{
    private readonly TemplateLinkMap _map;
    private readonly StringBuilder _value = new();
    private int _active = -1;

    public PageLinkCollector(TemplateLinkMap map) => _map = map;

    public PageLinksBuilder Links { get; } = new();

    public void Wrote(ScriptRawStatement raw)
    {
        if (!_map.Raw.TryGetValue(raw, out var events)) return;
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case RawEventKind.Literal:
                    Found(e.What, e.Text);
                    break;
                case RawEventKind.Begin:
                    _active = e.Capture;
                    _value.Clear().Append(e.Text);
                    break;
                case RawEventKind.Append when _active == e.Capture:
                    _value.Append(e.Text);
                    break;
                case RawEventKind.End when _active == e.Capture:
                    _value.Append(e.Text);
                    _active = -1;
                    Found(e.What, _value.ToString());
                    break;
            }
        }
    }

    /// <summary>A value printed by <paramref name="statement"/>, before encoding.</summary>
    public void Printed(ScriptExpressionStatement? statement, string text)
    {
        if (_active >= 0 && statement is not null && _map.Prints.TryGetValue(statement, out var capture) && capture == _active) _value.Append(text);
    }

    public void Printed(ScriptExpressionStatement? statement, SafeHtml html)
    {
        if (_active >= 0) Printed(statement, html.Html);
        else if (html.Links is { } links) Links.Add(links);
    }

    private void Found(CaptureKind kind, string value)
    {
        switch (kind)
        {
            case CaptureKind.PageLink:
                Links.PageLink(value);
                break;
            case CaptureKind.ResourceLink:
                Links.ResourceLink(value);
                break;
            case CaptureKind.Id:
                Links.Id(value);
                break;
            case CaptureKind.Language:
                Links.Language(value);
                break;
            case CaptureKind.Title:
                Links.Title(value);
                break;
            case CaptureKind.H1:
                Links.H1Count++;
                break;
        }
    }
}
