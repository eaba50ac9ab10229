namespace Archive.Content;

/// <summary>A file split into its YAML block and its Markdown body, with the file lines each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
