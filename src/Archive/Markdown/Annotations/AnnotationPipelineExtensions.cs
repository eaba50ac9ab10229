using Markdig;

namespace Archive.Markdown.Annotations;

/// <summary>Registers annotations on a Markdig pipeline.</summary>
public static class AnnotationPipelineExtensions
{
    /// <summary>Enables <c>[text]{group=id}</c>, <c>[text]{offer=id}</c> and <c>[text]{note="…"}</c>.</summary>
    /// <returns>The same builder, for chaining.</returns>
    public static MarkdownPipelineBuilder UseAnnotations(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<AnnotationExtension>();
        return pipeline;
    }
}
