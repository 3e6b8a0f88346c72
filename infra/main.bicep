// Verkruisen Bot in Azure: one resource group, no secrets. A user-assigned managed identity is the bot's
// identity towards Teams (Azure Bot, UserAssignedMSI), Table Storage (RBAC, shared keys off), Microsoft Graph
// (application permissions granted by an admin, see docs/deploy.md) and Application Insights (local auth off).
// Deploy: scripts/deploy.sh <resource-group> (az CLI) or the Agents Toolkit (m365agents.yml).
targetScope = 'resourceGroup'

metadata description = 'Verkruisen Bot: App Service (Linux, .NET 10), Azure Bot with the Teams channel, Table Storage, Application Insights, all reached with one user-assigned managed identity.'

@description('Azure region for every regional resource. West Europe keeps the school\'s data in the EU.')
param location string = 'westeurope'

@description('Short lower-case base for resource names (letters and digits, 3 to 11 characters).')
@minLength(3)
@maxLength(11)
param baseName string = 'verkruisen'

@description('Suffix that makes the globally unique names (web app, storage account) unique. Defaults to a hash of the resource group id.')
@minLength(4)
@maxLength(13)
param resourceSuffix string = uniqueString(resourceGroup().id)

@description('App Service plan SKU. B1 is the smallest with always-on; P0v3 or higher adds zone redundancy options and more memory.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot SKU. F0 is free (Teams is a standard channel, so F0 is unmetered for it); S1 is paid.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Where the Azure Bot resource lives, and so which Bot Framework endpoints the web app uses. "westeurope" (default) is a regional bot: Bot Service keeps and processes the bot\'s data in the EU, and the app gets the EU token service (OAuthUrl). "global" is the classic bot without data residency.')
@allowed([
  'westeurope'
  'global'
])
param botLocation string = 'westeurope'

@description('Display name of the Azure Bot (the Teams app name comes from the manifest).')
param botDisplayName string = 'Verkruisen Bot'

@description('Storage redundancy. Standard_LRS keeps three copies in one West Europe datacenter; Standard_ZRS spreads them over zones.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('The tables the bot uses (bot/Storage/Tables.cs). The bot also creates missing tables at start; creating them here keeps the list visible to the IT partner.')
param tableNames array = [
  'ConversationReferences'
  'QuestionLog'
  'DraftChecks'
  'ApprovalRequests'
  'ApprovalIndex'
  'ApprovalEvents'
  'DigestClaims'
  'ReplyOutbox'
  'SchoolExamples'
]

@description('Entra tenant ids whose Teams activities the bot serves (Teams:AllowedTenants). Defaults to the tenant of the deployment.')
@minLength(1)
param allowedTenantIds array = [
  tenant().tenantId
]

@description('Days Log Analytics keeps telemetry (logs, traces, metrics of the bot; no message text). 30 is the minimum for PerGB2018.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('More app settings, e.g. the directors and the fallback approver (see docs/deploy.md). Not for secrets: the bot needs none.')
param extraAppSettings object = {}

@description('Allow basic-auth (publishing profile) deployments to the SCM site. Off: deploy with an Entra identity (az webapp deploy does).')
param allowScmBasicAuth bool = false

// The Bot Framework SDK's endpoint settings per botLocation (read by ConfigurationBotFrameworkAuthentication).
// Once any of them is set the SDK uses none of its built-in defaults, so each set is complete. Only the token
// service differs for a regional bot: "OAuth URL support in Azure AI Bot Service" (learn.microsoft.com/azure/
// bot-service/ref-oauth-redirect-urls) lists Europe / Public -> https://europe.token.botframework.com and shows
// it next to the public OpenID metadata, issuer and scope. See README "Where data lives".
var botFrameworkEndpoints = {
  global: {
    OAuthUrl: 'https://token.botframework.com'
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration'
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com'
    ToChannelFromBotOAuthScope: 'https://api.botframework.com'
    CallerId: 'urn:botframework:azure'
  }
  westeurope: {
    OAuthUrl: 'https://europe.token.botframework.com'
    ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration'
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com'
    ToChannelFromBotOAuthScope: 'https://api.botframework.com'
    CallerId: 'urn:botframework:azure'
  }
}

// The same for every botLocation: the bot's token for the Connector comes from Entra ID (for a managed identity
// the SDK asks the identity instead), and emulator tokens are Entra tokens.
var botFrameworkLogin = {
  ToChannelFromBotLoginUrl: '${environment().authentication.loginEndpoint}botframework.com'
  ToBotFromEmulatorOpenIdMetadataUrl: '${environment().authentication.loginEndpoint}botframework.com/v2.0/.well-known/openid-configuration'
}

var names = {
  identity: 'id-${baseName}-${resourceSuffix}'
  storage: take(toLower('st${baseName}${resourceSuffix}'), 24)
  plan: 'asp-${baseName}-${resourceSuffix}'
  site: 'app-${baseName}-${resourceSuffix}'
  bot: 'bot-${baseName}-${resourceSuffix}'
  logs: 'log-${baseName}-${resourceSuffix}'
  insights: 'appi-${baseName}-${resourceSuffix}'
}

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
    DisableIpMasking: false
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
    }
  }
}

// The settings the bot reads (names as in bot/: Storage:TableEndpoint is Storage__TableEndpoint here). A
// deployment replaces all app settings, so settings an admin adds belong in extraAppSettings, not in the portal;
// the Bot Framework endpoints and the core settings come after it in the union, so extraAppSettings cannot
// override them.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    extraAppSettings,
    toObject(range(0, length(allowedTenantIds)), i => 'Teams__AllowedTenants__${i}', i => allowedTenantIds[i]),
    botFrameworkEndpoints[botLocation],
    botFrameworkLogin,
    {
      ASPNETCORE_ENVIRONMENT: 'Production'
      MicrosoftAppType: 'UserAssignedMSI'
      MicrosoftAppId: identity.properties.clientId
      MicrosoftAppTenantId: identity.properties.tenantId
      AZURE_CLIENT_ID: identity.properties.clientId
      Storage__TableEndpoint: storage.properties.primaryEndpoints.table
      Storage__ManagedIdentityClientId: identity.properties.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    }
  )
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: allowScmBasicAuth
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: botLocation
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Outputs are ids and names only (no keys, no connection strings). Upper-case names are what the Agents
// Toolkit's arm/deploy writes into env/.env.<env>; scripts/deploy.sh reads the same names.
@description('Client id of the managed identity: the bot\'s app id (MicrosoftAppId) and the id the Teams manifest uses.')
output BOT_ID string = identity.properties.clientId

@description('Entra tenant of the managed identity.')
output BOT_TENANT_ID string = identity.properties.tenantId

@description('Object (principal) id of the managed identity: grant it the Graph application permissions (docs/deploy.md).')
output BOT_PRINCIPAL_ID string = identity.properties.principalId

@description('Host name of the web app, for the manifest\'s validDomains.')
output BOT_DOMAIN string = site.properties.defaultHostName

@description('Resource id of the web app, for zip deploy.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = site.id

@description('Name of the web app.')
output BOT_AZURE_APP_SERVICE_NAME string = site.name

@description('Name of the storage account that holds the tables.')
output STORAGE_ACCOUNT_NAME string = storage.name
