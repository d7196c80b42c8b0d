// Accounts: who may do what in an organisation, and checks of account details.
export * from './access-rules';
export * from './account-input';
