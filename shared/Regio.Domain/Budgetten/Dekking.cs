using Regio.Domain.Trajecten;

namespace Regio.Domain.Budgetten;

/// <summary>
/// Which of its own budget posts a gemeente pays its share of a shared perceel from: the gemeente's own choice, kept
/// beside its budget and never seen by the regio. The post is named, as posts are matched everywhere else.
/// </summary>
public sealed record Dekking(TrajectId Traject, int Perceel, Domein Domein, string Post)
{
    public bool Betaalt(AandeelInPerceel aandeel) =>
        aandeel is not null && aandeel.Traject == Traject && aandeel.Perceel == Perceel;

    public bool Is(Domein domein, Post post) =>
        post is not null && Domein == domein && string.Equals(Post, post.Naam, StringComparison.OrdinalIgnoreCase);
}
