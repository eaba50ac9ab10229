using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// Collects a page's HTML and remembers which template node wrote last, so a page that outgrows
/// <see cref="ThemeLimits.TextLength"/> is reported where it grew past the limit.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private readonly StringBuilder _html;
    private readonly ThemeContext _context;

    /// <param name="html">An empty buffer to write the page into.</param>
    public PageOutput(ThemeContext context, StringBuilder html)
    {
        _context = context;
        _html = html;
    }

    public ScriptNode? LastWriter { get; private set; }

    public int Length => _html.Length;

    public char? LastChar => _html.Length == 0 ? null : _html[^1];

    public void RemoveLast() => _html.Length--;

    public void Write(string text, int offset, int count)
    {
        _html.Append(text, offset, count);
        LastWriter = _context.CurrentNode;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The page's buffer, handed over once the page is finished.</summary>
    public StringBuilder Buffer => _html;

    public override string ToString() => _html.ToString();
}
