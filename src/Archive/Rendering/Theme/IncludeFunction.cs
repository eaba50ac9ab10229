using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// <c>{{ include "links" items: content.offers }}</c>: renders <c>partials/links.sbn-html</c> in place, where it
/// reads <c>$items</c>. Replaces Scriban's own include so the partial is the build's parsed copy, found through
/// <see cref="ThemeLoader"/>, and its markup goes into the page without being encoded a second time.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0 || arguments[0] is not string { Length: > 0 } name)
        {
            throw new ThemeScriptException(callerContext?.Span ?? context.CurrentSpan, ThemeErrorKind.Include,
                "include needs the partial's name as text", "write {{ include \"links\" items: content.offers }}");
        }
        var path = context.GetTemplatePathFromName(name, callerContext)!;
        var template = context.GetOrCreateTemplate(path, callerContext);
        ((ThemeContext)context).RenderInline(template, callerContext, arguments, NamedArguments(context, callerContext));
        return null;
    }

    private static Dictionary<string, object?>? NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        if (caller is not ScriptFunctionCall call) return null;
        Dictionary<string, object?>? named = null;
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument { Name: { } variable, Value: { } value })
            {
                (named ??= new Dictionary<string, object?>(StringComparer.Ordinal))[variable.Name] = context.Evaluate(value);
            }
        }
        return named;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => -1;
}
