using System.Reflection;
using Archive.Rendering.Views;
using Archive.Tests.Infrastructure;
using Scriban.Runtime;

namespace Archive.Tests.Rendering.Theme;

/// <summary>themes/README.md tells theme authors what each layout receives; these keep it from going stale.</summary>
public sealed class ThemeReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "themes", "README.md"));

    public static TheoryData<string, string> ViewFields()
    {
        var data = new TheoryData<string, string>();
        var views = typeof(PageModel).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageModel).Namespace && t.IsPublic && t != typeof(PageModel));
        foreach (var view in views.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var property in view.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                data.Add(view.Name, StandardMemberRenamer.Rename(property.Name));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ViewFields))]
    public void Readme_ViewField_IsNamedAsTemplatesWriteIt(string view, string field)
    {
        Assert.True(Readme.Contains($"`{field}`", StringComparison.Ordinal), $"themes/README.md does not mention `{field}` of {view}");
    }

    [Fact]
    public void Readme_EveryDefaultLayout_IsInTheTable()
    {
        var layouts = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "themes", "default", "layouts"), "*.sbn-html")
            .Select(p => Path.GetFileName(p)[..^".sbn-html".Length]).Where(n => n != "base").ToList();

        Assert.NotEmpty(layouts);
        Assert.All(layouts, l => Assert.Contains($"| `{l}` ", Readme, StringComparison.Ordinal));
    }
}
