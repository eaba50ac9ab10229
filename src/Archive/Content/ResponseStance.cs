namespace Archive.Content;

/// <summary>How an addressee answered an offer (<c>responses: - stance:</c>).</summary>
public enum ResponseStance
{
    Accepted,
    Rejected,
    NoResponse,
    Denied,
    NoComment,
}
