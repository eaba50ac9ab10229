using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary><c>{{ main }}</c> in <c>base</c>: renders the page kind's own layout (article, offer, …) in place.</summary>
internal sealed class MainFunction : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = (ThemeContext)context;
        theme.RenderInline(theme.PageLayout, callerContext, arguments, null);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public int GetParameterIndexByName(string name) => -1;
}
