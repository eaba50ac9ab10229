using Archive.Cli.Preview;

namespace Archive.Tests.Cli.Preview;

public sealed class PreviewTargetTests
{
    private static readonly string Site = Path.Combine(Path.GetTempPath(), "preview-target-site");

    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/", "/offers/", "offers/index.html")]
    [InlineData("/", "/assets/style.css", "assets/style.css")]
    [InlineData("/archive/", "/archive/", "index.html")]
    [InlineData("/archive/", "/archive/groups/iran/", "groups/iran/index.html")]
    public void Resolve_PathUnderBase_MapsToFile(string basePath, string request, string file)
    {
        var target = PreviewTarget.Resolve(Site, basePath, request);

        Assert.Equal(Path.Combine(Site, file), target.File);
        Assert.Null(target.Redirect);
    }

    [Theory]
    [InlineData("/archive/", "/", "/archive/")]
    [InlineData("/archive/", "/archive", "/archive/")]
    public void Resolve_RootOfBasePath_Redirects(string basePath, string request, string location)
    {
        Assert.Equal(location, PreviewTarget.Resolve(Site, basePath, request).Redirect);
    }

    [Theory]
    [InlineData("/", "/../secret.txt")]
    [InlineData("/", "/assets/../../secret.txt")]
    [InlineData("/archive/", "/archive//etc/passwd")]
    [InlineData("/archive/", "/elsewhere/")]
    [InlineData("/", "/a\\..\\..\\b")]
    public void Resolve_OutsideSiteOrBase_FindsNothing(string basePath, string request)
    {
        Assert.Equal(PreviewTarget.None, PreviewTarget.Resolve(Site, basePath, request));
    }

    [Theory]
    [InlineData("/offers/index.html", true)]
    [InlineData("/offers/", true)]
    [InlineData("/feed.xml", false)]
    public void IsHtml_ByExtension(string request, bool expected)
    {
        Assert.Equal(expected, PreviewTarget.Resolve(Site, "/", request).IsHtml);
    }
}
