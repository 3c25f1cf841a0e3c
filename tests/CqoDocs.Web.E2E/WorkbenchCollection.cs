namespace CqoDocs.Web.E2E;

/// <summary>Every browser test shares one server and one chromium: starting them costs more than the tests.</summary>
[CollectionDefinition(Name)]
public sealed class WorkbenchCollection : ICollectionFixture<LiveWorkbench>
{
    public const string Name = "live workbench";
}
