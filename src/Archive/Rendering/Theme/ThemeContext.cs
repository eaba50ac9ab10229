using System.Collections;
using Archive.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// The state of one page's render; one per page, never shared. Escaping is a property of this context, not a
/// habit of template authors: everything a template prints is HTML-encoded unless it is <see cref="SafeHtml"/>.
/// It also holds the page to its <see cref="ThemeLimits"/>, and makes empty text and empty lists false in
/// conditions, so <c>{{ if content.events }}</c> means "if there are events".
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    private readonly ThemeEngine _engine;
    private readonly ThemeLimits _limits;
    private long _loopSteps;
    private int _includeDepth;
    private ScriptExpressionStatement? _lastStatement;
    private readonly List<string> _templates = [];

    /// <param name="buffer">An empty buffer for the page's markup, which the finished page hands on.</param>
    public ThemeContext(ThemeEngine engine, Template pageLayout, System.Text.StringBuilder buffer) : base(engine.Builtins)
    {
        _engine = engine;
        _limits = engine.Limits;
        PageLayout = pageLayout;
        TemplateLoader = engine.Loader;
        MemberRenamer = StandardMemberRenamer.Default;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        // A body printed on an indented line must not gain that indentation inside its <pre> blocks.
        AutoIndent = false;
        NewLine = "\n";
        // One more than the page's own counts below, so the archive's limits trip first and are reported as limits.
        LoopLimit = _limits.LoopIterations + 1;
        RecursiveLimit = _limits.Recursion + 1;
        ObjectRecursionLimit = _limits.ObjectRecursion;
        LimitToString = _limits.TextLength;
        RegexTimeOut = _limits.RenderTime;
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
        Page = new PageOutput(this, buffer);
        PushOutput(Page);
        Links = new PageLinkCollector(engine.LinkMap);
        Used(engine.BaseTemplate);
        Used(pageLayout);
    }

    /// <summary>The links, ids and headings of the page so far.</summary>
    public PageLinkCollector Links { get; }

    /// <summary>The templates the page used, base and layout first, then partials in the order first included.</summary>
    public IReadOnlyList<string> Templates => _templates;

    private void Used(Template template)
    {
        if (template.SourceFilePath is { } path && !_templates.Contains(path)) _templates.Add(path);
    }

    /// <summary>True while what is written goes into the page (not into a <c>capture</c>).</summary>
    private bool WritingPage => EnableOutput && ReferenceEquals(Output, Page);

    /// <summary>
    /// Follows what the page writes for its <see cref="Links"/>: each literal piece of a template once written, and
    /// which statement's value the enclosing block is about to write (blocks write their statements' values).
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (scriptNode is ScriptRawStatement raw)
        {
            if (WritingPage) Links.Wrote(raw);
        }
        else if (scriptNode is ScriptExpressionStatement statement)
        {
            _lastStatement = statement;
        }
        return result;
    }

    /// <summary>The page kind's layout, which <c>{{ main }}</c> renders inside <c>base</c>.</summary>
    public Template PageLayout { get; }

    public PageOutput Page { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case SafeHtml html:
                if (WritingPage) Links.Printed(_lastStatement, html);
                Write(html.Html);
                break;
            case string text:
                if (WritingPage) Links.Printed(_lastStatement, text);
                Write(Encode(span, text));
                break;
            default:
                if (textAsObject.GetType().Assembly == typeof(SafeHtml).Assembly)
                {
                    var fields = string.Join(", ", GetMemberAccessor(textAsObject).GetMembers(this, span, textAsObject).Take(6));
                    throw new ThemeScriptException(span, ThemeErrorKind.Runtime,
                        $"this prints a whole {textAsObject.GetType().Name}, not text", $"print one of its fields: {fields}");
                }
                var shown = ObjectToString(textAsObject) ?? "";
                if (WritingPage) Links.Printed(_lastStatement, shown);
                Write(Encode(span, shown));
                break;
        }
        return this;
    }

    private string Encode(SourceSpan span, string text)
    {
        if (text.Length >= _limits.TextLength)
        {
            throw new ThemeScriptException(span, ThemeErrorKind.Limit, $"this prints {text.Length:N0} characters; a template may print at most {_limits.TextLength:N0} at once",
                "a template should print fields of the page, not text it builds up itself");
        }
        return HtmlText.Encode(text);
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        SafeHtml html => html.Html.Length > 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_loopSteps > _limits.LoopIterations)
        {
            throw new ThemeScriptException(loop.Span, ThemeErrorKind.Limit, $"the page's loops ran more than {_limits.LoopIterations:N0} times",
                "check that the loop's condition becomes false; a page's loops may run that often in all");
        }
        return true;
    }

    /// <summary>Templates were parsed once for the build; an include never parses one again.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _engine.Templates.Find(templatePath) ?? throw new InvalidOperationException($"the loader returned {templatePath}, which was not parsed");

    /// <summary>Reflection over a view type is done once per build, not once per page.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        _engine.Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Self.BaseAccessor(state.Target), (Self: this, Target: target));

    private IObjectAccessor? BaseAccessor(object target) => base.GetMemberAccessorImpl(target);

    /// <summary>
    /// Renders a template at the current position of the page, with <paramref name="arguments"/> as <c>$0</c>,
    /// <c>$1</c>… and named arguments as <c>$name</c>. Writing straight into the page (rather than returning a
    /// string to be written again) keeps Scriban's output count equal to the page's length.
    /// </summary>
    public void RenderInline(Template template, ScriptNode? caller, ScriptArray arguments, IReadOnlyDictionary<string, object?>? named)
    {
        var span = caller?.Span ?? CurrentSpan;
        if (++_includeDepth > _limits.Recursion)
        {
            throw new ThemeScriptException(span, ThemeErrorKind.Limit, $"includes nest more than {_limits.Recursion} deep",
                "a partial probably includes itself, directly or through another partial");
        }
        // Scriban counted the call to include or main itself; only the stack still needs checking here.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (name, value) in named ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty)
            {
                SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
            }
            Used(template);
            RenderPage(template);
        }
        finally
        {
            PopLocal();
            _includeDepth--;
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> into this context's output (the page, or an include inside it), as
    /// <see cref="Template.Render(TemplateContext)"/> does but without turning the output into a string: the buffer is
    /// encoded once, when the page is published.
    /// </summary>
    public void RenderPage(Template template)
    {
        PushSourceFile(template.SourceFilePath!);
        try
        {
            var result = Evaluate(template.Page!);
            if (result is not null) Write(template.Page!.Span, result);
        }
        finally
        {
            PopSourceFile();
        }
    }

    /// <summary>
    /// The finished page. Scriban stops writing, without an error, once a page reaches its output limit, so a
    /// probe character is written last: if it does not arrive, the page was cut off.
    /// </summary>
    public void Finish()
    {
        const char probe = '\u0001';
        var node = Page.LastWriter;
        Write(probe.ToString());
        if (Page.LastChar != probe)
        {
            throw new ThemeScriptException(node?.Span ?? CurrentSpan, ThemeErrorKind.Limit, $"the page grew past {_limits.TextLength:N0} characters here",
                "a template should print each field once; check loops that print large fields");
        }
        Page.RemoveLast();
    }

    private static bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        var known = ((ThemeContext)context)._engine.GlobalNames;
        var hint = variable.Scope == ScriptVariableScope.Local
            ? "a partial receives what its include passes by name: {{ include \"links\" items: … }} gives it $items"
            : Suggestions.DidYouMean(variable.Name, known) ?? "a layout sees site, page and content (see themes/README.md) and the theme functions";
        throw new ThemeScriptException(span, ThemeErrorKind.UnknownName, $"`{variable}` is not defined", hint);
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var fields = context.GetMemberAccessor(target).GetMembers(context, span, target).ToList();
        var what = target is ScriptObject ? "this object" : $"a {target.GetType().Name}";
        throw new ThemeScriptException(span, ThemeErrorKind.UnknownName, $"{what} has no field `{member}`",
            Suggestions.DidYouMean(member, fields) ?? (fields.Count == 0 ? "it has no fields" : "its fields are: " + string.Join(", ", fields)));
    }
}
