@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan and the app.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity, which the host and the app pick their credential by.')
param identityClientId string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Blob endpoint of the storage account.')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Table endpoint of the storage account.')
param tableEndpoint string

@description('Blob container that holds the deployed app package.')
param deploymentContainerName string

@description('Client id of the multi-tenant Entra app registration for sign-in.')
param entraClientId string

@description('eHerkenning for Dutch aanbieders: the OpenID Connect authority of the eHerkenning broker. Empty: eHerkenning is off.')
param eherkenningAuthority string = ''

@description('Client id that the eHerkenning broker gave Regio.')
param eherkenningClientId string = ''

@description('Key Vault secret URI (https://<vault>.vault.azure.net/secrets/<name>) of the client secret for the eHerkenning broker; the app reads it with its managed identity.')
param eherkenningClientSecretUri string = ''

@description('Accepted levels of assurance (acr values of the broker), separated by semicolons. Empty: EH3 and EH4 (loa3, loa4).')
param eherkenningNiveaus string = ''

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in the app settings (the eHerkenning client secret) are read with the app's own identity.
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 100
        instanceMemoryMB: 2048
      }
      // The app is a .NET isolated worker (worker.config.json); local.settings.json names the same runtime for Core Tools.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: blobEndpoint }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: queueEndpoint }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: tableEndpoint }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
        { name: 'Storage__TableServiceUri', value: tableEndpoint }
        { name: 'Storage__BlobServiceUri', value: blobEndpoint }
        { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
        // The app answers only for its own host name (a made-up Host header gets 400 and never reaches a link it writes).
        // The default host name of a site is its name under azurewebsites.net; add custom domains here, separated by ';'.
        { name: 'AllowedHosts', value: '${name}.azurewebsites.net' }
        { name: 'AzureAd__ClientId', value: entraClientId }
        // The app proves itself to Entra with its managed identity (federated credential on the app registration): no secret.
        { name: 'AzureAd__ClientCredentials__0__SourceType', value: 'SignedAssertionFromManagedIdentity' }
        { name: 'AzureAd__ClientCredentials__0__ManagedIdentityClientId', value: identityClientId }
        // eHerkenning for Dutch aanbieders: an empty authority keeps it off. The client secret stays in Key Vault.
        { name: 'EHerkenning__Authority', value: eherkenningAuthority }
        { name: 'EHerkenning__ClientId', value: eherkenningClientId }
        { name: 'EHerkenning__ClientSecret', value: empty(eherkenningClientSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${eherkenningClientSecretUri})' }
        { name: 'EHerkenning__Niveaus', value: eherkenningNiveaus }
      ]
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
