using YamlDotNet.RepresentationModel;

namespace Archive.Cli.Preview;

/// <summary>
/// The path part of <c>base_url</c> in <c>input/site.yml</c>. Built links start with it, so a site published under
/// <c>/archive/</c> must be previewed there too. Any problem with the file falls back to <c>/</c>: the build reports it.
/// </summary>
internal static class SiteBasePath
{
    public static string Read(string siteRoot)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Path.Combine(siteRoot, "input", "site.yml"))));
            if (stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("base_url"), out var node)
                && node is YamlScalarNode { Value: { } value }
                && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
            {
                var path = uri.AbsolutePath;
                return path.EndsWith('/') ? path : path + "/";
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            // Fall through: the build itself reports a missing or broken site.yml.
        }
        return "/";
    }
}
