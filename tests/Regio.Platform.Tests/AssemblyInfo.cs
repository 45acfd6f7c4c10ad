[assembly: AssemblyFixture(typeof(Regio.Tests.AzuriteFixture))]
