namespace CqoDocs.Core.Requirements.Check;

public enum Verdict
{
    Met,
    NotMet,
    CannotTell,
}

public static class Verdicts
{
    public static string Key(this Verdict v) => v switch
    {
        Verdict.Met => "met",
        Verdict.NotMet => "not-met",
        _ => "cannot-tell",
    };

    public static string ChineseName(this Verdict v) => v switch
    {
        Verdict.Met => "符合",
        Verdict.NotMet => "不符合",
        _ => "无法判断",
    };

    /// <summary>All of them must hold: one failure fails, else one unknown leaves it open.</summary>
    public static Verdict All(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Contains(Verdict.NotMet) ? Verdict.NotMet : list.Contains(Verdict.CannotTell) ? Verdict.CannotTell : Verdict.Met;
    }

    /// <summary>Any of them will do: one success is enough, else one unknown leaves it open.</summary>
    public static Verdict Any(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Contains(Verdict.Met) ? Verdict.Met : list.Contains(Verdict.CannotTell) ? Verdict.CannotTell : Verdict.NotMet;
    }
}
