[assembly: AssemblyFixture(typeof(Regio.Tests.AzuriteFixture))]
[assembly: AssemblyFixture(typeof(Regio.Functions.Tests.BrowserFixture))]
