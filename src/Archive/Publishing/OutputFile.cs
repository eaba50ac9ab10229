namespace Archive.Publishing;

/// <summary>A file to publish, by path relative to the output folder (forward slashes).</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
