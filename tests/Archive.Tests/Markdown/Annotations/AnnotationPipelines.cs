using Archive.Markdown.Annotations;
using Markdig;
using Markdig.Extensions.GenericAttributes;

namespace Archive.Tests.Rendering.Markdown.Annotations;

/// <summary>The pipelines the annotation tests render with.</summary>
internal static class AnnotationPipelines
{
    /// <summary>The site's core pipeline, with or without annotations.</summary>
    public static MarkdownPipeline Core(bool annotations = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseFootnotes()
            .UsePipeTables()
            .UseAutoLinks();
        if (annotations)
        {
            builder.UseAnnotations();
        }

        return builder.Build();
    }

    /// <summary>
    /// Markdig's advanced set without generic attributes (they would claim <c>{…}</c>),
    /// with annotations registered first to show registration order does not matter.
    /// </summary>
    public static MarkdownPipeline Advanced()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAnnotations()
            .UseAdvancedExtensions();
        builder.Extensions.RemoveAll(extension => extension is GenericAttributesExtension);
        return builder.Build();
    }
}
