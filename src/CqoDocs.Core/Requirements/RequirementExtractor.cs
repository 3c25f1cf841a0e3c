using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Extractors;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// Turns a corpus's articles into requirements, on demand: each unit is read by every extractor (one per
/// requirement kind), qualifications are grouped into alternatives, and each document's validity is
/// resolved against the others (a later document may repeal it). Nothing is stored; it is fast enough to
/// compute on every run.
/// </summary>
public static class RequirementExtractor
{
    private static readonly IRequirementExtractor[] Extractors =
    [
        new EducationExtractor(),
        new ExperienceExtractor(),
        new CertificateExtractor(),
        new TrainingExtractor(),
        new ContinuingEducationExtractor(),
        new ConductBarExtractor(),
        new TermExtractor(),
        new AppointerExtractor(),
        new RegistrationExtractor(),
        new EstablishmentExtractor(),
    ];

    public static IReadOnlyList<DocumentRequirements> Extract(IReadOnlyList<Document> corpus, DateOnly today)
    {
        var validity = ValidityResolver.Resolve(corpus, today);
        return corpus.Select(d => new DocumentRequirements(d, Extract(d), validity[d.Id])).ToList();
    }

    /// <summary>
    /// The requirements a document states. A news report states none: what it quotes (按照《…办法》，首席质量官须具有…)
    /// is second-hand, often shortened, and the notice it comes from is the source to cite.
    /// </summary>
    public static IReadOnlyList<Requirement> Extract(Document document)
    {
        if (document.Kind == DocumentKind.News) return [];
        var all = new List<Requirement>();
        var nextGroup = 1;
        Unit? section = null;
        foreach (var unit in document.Units)
        {
            if (unit.Depth <= 1) section = unit;
            if (string.IsNullOrWhiteSpace(unit.Text)) continue;
            var text = UnitText.Of(unit, unit.Depth > 1 ? section : null);
            var found = Extractors.SelectMany(e => e.Extract(text))
                .Where(r => !r.Kind.IsQualification() || r.Kind == RequirementKind.ConductBar || StatedHours(r) || RequirementText.IsQualificationContext(text, r.Source.Start))
                .ToList();
            all.AddRange(AlternativeGrouper.Group(text, found, ref nextGroup));
        }
        return SizeExemptions.Apply(document, all);
    }

    /// <summary>Hours of continuing education a CQO must take (每年参加继续教育不少于32学时) are a rule wherever they stand.</summary>
    private static bool StatedHours(Requirement r) => r.Kind == RequirementKind.ContinuingEducation && r.Number is not null;
}
