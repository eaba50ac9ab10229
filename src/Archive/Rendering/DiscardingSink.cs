namespace Archive.Rendering;

/// <summary>The sink of <c>archive check</c>: every page is rendered and checked, and nothing is kept.</summary>
public sealed class DiscardingSink : IPageSink
{
    public static readonly DiscardingSink Instance = new();

    public void Write(string path, ReadOnlySpan<byte> content)
    {
    }
}
