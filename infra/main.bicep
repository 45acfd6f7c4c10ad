targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for all resources. It must offer the Flex Consumption plan.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user, who gets the same data roles as the app to debug locally against Azure. Leave empty in production.')
param principalId string = ''

@description('Client id of the multi-tenant Entra app registration that gemeenten, regio and aanbieders sign in to. App registrations live in Microsoft Graph, not in ARM, so it is made once by hand and passed in.')
param entraClientId string

@description('eHerkenning for Dutch aanbieders: the OpenID Connect authority of the eHerkenning broker. Leave empty to keep eHerkenning off.')
param eherkenningAuthority string = ''

@description('Client id that the eHerkenning broker gave Regio.')
param eherkenningClientId string = ''

@description('Key Vault secret URI of the eHerkenning client secret. The app\'s managed identity needs the role Key Vault Secrets User on that vault.')
param eherkenningClientSecretUri string = ''

@description('Accepted eHerkenning levels of assurance (acr values), separated by semicolons. Empty: EH3 and EH4.')
param eherkenningNiveaus string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-regio-${resourceToken}'
var deploymentContainerName = 'app-package-${functionAppName}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: rg
  params: {
    name: 'id-regio-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  scope: rg
  params: {
    name: 'stregio${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    uploadOrigins: ['https://${functionAppName}.azurewebsites.net']
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-regio-${resourceToken}'
    applicationInsightsName: 'appi-regio-${resourceToken}'
    location: location
    tags: tags
  }
}

module roles 'app/roles.bicep' = {
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

module functionApp 'app/function.bicep' = {
  scope: rg
  // The host reaches storage by identity from its first start, so the roles must exist before it.
  dependsOn: [roles]
  params: {
    name: functionAppName
    planName: 'plan-regio-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    entraClientId: entraClientId
    eherkenningAuthority: eherkenningAuthority
    eherkenningClientId: eherkenningClientId
    eherkenningClientSecretUri: eherkenningClientSecretUri
    eherkenningNiveaus: eherkenningNiveaus
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
