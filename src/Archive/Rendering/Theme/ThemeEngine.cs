using System.Collections.Concurrent;
using System.Text;
using Archive.Rendering.Links;
using Archive.Rendering.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// Renders pages through a theme. Made once per build: the parsed templates, the functions and the reflection
/// over view types are shared by every page, and safe to use from many threads; each page gets its own
/// <see cref="ThemeContext"/>.
/// </summary>
public sealed class ThemeEngine
{
    private readonly Template _base;
    private readonly StringPool? _links;

    /// <param name="shareLinks">Whether every page's links and ids are shared through one pool of the engine's: worth it
    /// when the links of every page are kept (a preview keeps them between edits), not when each page's are checked
    /// and dropped as it streams (a build), where the pool would be all that holds them.</param>
    public ThemeEngine(ThemeTemplates templates, ThemeLimits limits, bool shareLinks = true)
    {
        _links = shareLinks ? new StringPool() : null;
        Templates = templates;
        Limits = limits;
        _base = templates.Layout(ThemeTemplates.BaseLayout) ?? throw new ArgumentException("the theme has no base layout", nameof(templates));
        Loader = new ThemeLoader(templates);
        Builtins = CreateBuiltins();
        LinkMap = TemplateLinkMap.For(templates.All);
        GlobalNames = [.. Builtins.Keys, "site", "page", "content"];
    }

    public ThemeTemplates Templates { get; }

    public ThemeLimits Limits { get; }

    internal ThemeLoader Loader { get; }

    internal Template BaseTemplate => _base;

    /// <summary>Where the templates write links, ids and headings (see <see cref="TemplateLinkMap"/>).</summary>
    internal TemplateLinkMap LinkMap { get; }

    /// <summary>Scriban's standard functions, the theme functions, <c>include</c> and <c>main</c>; read-only.</summary>
    internal ScriptObject Builtins { get; }

    internal IReadOnlyList<string> GlobalNames { get; }

    internal ConcurrentDictionary<Type, IObjectAccessor?> Accessors { get; } = new();

    /// <summary>Renders <paramref name="model"/> with the layout <paramref name="layout"/> inside <c>base</c>.</summary>
    public PageRender Render(string layout, PageModel model)
    {
        var pageLayout = Templates.Layout(layout) ?? throw new ArgumentException($"the theme has no layout `{layout}`", nameof(layout));
        var buffer = RentBuffer();
        var context = new ThemeContext(this, pageLayout, buffer);
        var globals = new ScriptObject(3);
        globals.SetValue("site", model.Site, true);
        globals.SetValue("page", model.Page, true);
        globals.SetValue("content", model.Content, true);
        context.PushGlobal(globals);
        using var budget = new CancellationTokenSource(Limits.RenderTime);
        context.CancellationToken = budget.Token;
        try
        {
            context.RenderPage(_base);
            context.Finish();
            return new PageRender(context.Page.Buffer, this, _links is null ? context.Links.Links.ToLinks() : context.Links.Links.ToLinks(_links), context.Templates, null);
        }
        catch (ThemeScriptException e)
        {
            return Failed(e.Kind, e, e.OriginalMessage, e.Hint);
        }
        catch (ScriptAbortException e)
        {
            return Failed(ThemeErrorKind.Limit, e, $"the page took longer than {Limits.RenderTime.TotalSeconds:0.#} s to render",
                "something here runs far too long, such as a loop doing heavy work on every turn");
        }
        catch (ScriptRuntimeException e)
        {
            return Failed(ThemeErrorKind.Runtime, e, e.OriginalMessage,
                "check the value and arguments used here; themes/README.md lists what each layout receives");
        }

        PageRender Failed(ThemeErrorKind kind, ScriptRuntimeException e, string message, string hint)
        {
            var (line, column) = string.IsNullOrEmpty(e.Span.FileName) ? (0, 0) : TemplatePosition.Of(e.Span);
            var path = string.IsNullOrEmpty(e.Span.FileName) ? pageLayout.SourceFilePath! : e.Span.FileName;
            ReturnBuffer(buffer);
            return new PageRender(null, null, null, context.Templates, new TemplateFailure(kind, path, line, column, message, hint));
        }
    }

    // Page buffers given back by pages that were written (PageRender.Release): a page's markup is tens of kilobytes,
    // and a new buffer for each page was a large share of what a build allocates. As many as pages render at once.
    private readonly ConcurrentBag<StringBuilder> _buffers = [];

    /// <summary>The most characters a buffer may hold to be used again; a rare huge page's buffer is left to the GC.</summary>
    private const int MaxPooledBuffer = 1 << 20;

    private StringBuilder RentBuffer() => _buffers.TryTake(out var buffer) ? buffer : new StringBuilder(16 * 1024);

    internal void ReturnBuffer(StringBuilder buffer)
    {
        if (buffer.Capacity > MaxPooledBuffer) return;
        buffer.Clear();
        _buffers.Add(buffer);
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        // Builds are reproducible, so no function may read the clock; templates are parsed once, so none may eval.
        builtins.Remove("date");
        builtins.Remove("timespan");
        builtins.Remove("include_join");
        var objects = (ScriptObject)builtins["object"]!;
        objects.Remove("eval");
        objects.Remove("eval_template");
        builtins.Remove("include");
        builtins.SetValue("include", new IncludeFunction(), true);
        builtins.SetValue("main", new MainFunction(), true);
        builtins.Import(typeof(ThemeFunctions));
        // Shared by every page's context at once: nothing may change it.
        foreach (var nested in builtins.Values.OfType<ScriptObject>()) nested.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }
}
