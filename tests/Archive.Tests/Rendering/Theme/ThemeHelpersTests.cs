using Archive.Rendering.Theme;
using Archive.Rendering.Views;
using HandlebarsDotNet;

namespace Archive.Tests.Rendering.Theme;

public sealed class ThemeHelpersTests
{
    [Theory]
    [InlineData(0, "offer", null, "0 offers")]
    [InlineData(1, "offer", null, "1 offer")]
    [InlineData(3, "offer", null, "3 offers")]
    [InlineData(1, "entry", "entries", "1 entry")]
    [InlineData(2, "entry", "entries", "2 entries")]
    public void Plural_Count_ChoosesForm(int count, string singular, string? plural, string expected)
    {
        Assert.Equal(expected, ThemeHelpers.Plural(count, singular, plural));
    }

    [Fact]
    public void Plural_CollectionOrText_CountsIt()
    {
        Assert.Equal("2 groups", ThemeHelpers.Plural(new[] { "a", "b" }, "group"));
        Assert.Equal("5 groups", ThemeHelpers.Plural("5", "group"));
        Assert.Equal("0 groups", ThemeHelpers.Plural(null, "group"));
        Assert.Equal("1 item", ThemeHelpers.Plural(1L, null));
    }

    [Fact]
    public void Date_WithPage_IsTimeInsideLinkToThePage()
    {
        var html = ThemeHelpers.Date(new DateView("March 2006", "2006-03", "/dates/2006/03/"));

        Assert.Equal("<a class=\"date\" href=\"/dates/2006/03/\"><time datetime=\"2006-03\">March 2006</time></a>", html);
    }

    [Fact]
    public void Date_WithoutPage_IsTimeOnly()
    {
        Assert.Equal("<time datetime=\"2006\">c. 2006</time>", ThemeHelpers.Date(new DateView("c. 2006", "2006", null)));
        Assert.Equal("", ThemeHelpers.Date(null));
    }

    [Fact]
    public void Link_EncodesTextAndUrl()
    {
        var html = ThemeHelpers.Link(new LinkView("Bread & <Salt>", "/groups/a/?x=1&y=\"2\""));

        Assert.Equal("<a href=\"/groups/a/?x=1&amp;y=&quot;2&quot;\">Bread &amp; &lt;Salt&gt;</a>", html);
        Assert.Equal("", ThemeHelpers.Link(null));
    }

    [Theory]
    [InlineData("article", "x", "/articles/x/")]
    [InlineData("group", "x", "/groups/x/")]
    [InlineData("offer", "x", "/offers/x/")]
    [InlineData("page", "about", "/about/")]
    [InlineData("articles", null, "/articles/")]
    [InlineData("groups", null, "/groups/")]
    [InlineData("offers", null, "/offers/")]
    [InlineData("dates", null, "/dates/")]
    [InlineData("search", null, "/search/")]
    [InlineData("nonsense", null, "/")]
    [InlineData("group", null, "/")]
    public void Url_KindAndId_GivesRoute(string kind, string? id, string expected)
    {
        Assert.Equal(expected, ThemeHelpers.Url(kind, id));
    }

    private static string RenderTemplate(string template, object model)
    {
        var handlebars = Handlebars.Create();
        ThemeHelpers.Register(handlebars);
        return handlebars.Compile(template)(model);
    }

    [Fact]
    public void Register_HelpersWorkInTemplates()
    {
        var model = new
        {
            Count = 2,
            When = new DateView("May 2, 2006", "2006-05-02", "/dates/2006/05/02/"),
            Group = new LinkView("A & B", "/groups/ab/"),
            Kind = "home",
        };

        var html = RenderTemplate(
            "{{plural Count \"offer\"}}|{{dateLink When}}|{{recordLink Group}}|{{urlFor \"group\" \"kh\"}}|{{#if (eq Kind \"home\")}}yes{{else}}no{{/if}}", model);

        Assert.Equal(
            "2 offers|<a class=\"date\" href=\"/dates/2006/05/02/\"><time datetime=\"2006-05-02\">May 2, 2006</time></a>|<a href=\"/groups/ab/\">A &amp; B</a>|/groups/kh/|yes",
            html);
    }

    [Fact]
    public void Register_EqWithDifferentValues_IsFalse()
    {
        Assert.Equal("no", RenderTemplate("{{#if (eq Kind \"home\")}}yes{{else}}no{{/if}}", new { Kind = "group" }));
    }

    [Fact]
    public void Register_PropertyNamedLikeAHelper_IsStillReadInConditions()
    {
        // Layouts write {{#if Date}}…{{dateLink Date}}{{/if}}: no helper may hide the `Date` property.
        var model = new { Date = new DateView("May 2006", "2006-05", "/dates/2006/05/"), Items = new[] { new { Date = new DateView("May 2006", "2006-05", null) } } };

        Assert.Equal("yes", RenderTemplate("{{#if Date}}yes{{else}}no{{/if}}", model));
        Assert.Equal("yes", RenderTemplate("{{#each Items}}{{#if Date}}yes{{else}}no{{/if}}{{/each}}", model));
    }
}
