namespace Archive.Rendering.Theme;

/// <summary>The outcome of rendering one page: its HTML, or the template failure that stopped it.</summary>
public sealed record PageRender(string? Html, TemplateFailure? Failure);
