namespace Archive.Tests.Rendering.Markdown.Annotations;

/// <summary>One CommonMark-style example: Markdown in, HTML out.</summary>
/// <param name="Number">1-based position in the spec file.</param>
/// <param name="Line">1-based line of the opening fence, to find the example when it fails.</param>
internal sealed record SpecExample(int Number, int Line, string Markdown, string Html);
