// Products (产品目录): what other modules may use of this module, and the only file of it they
// import (ARCHITECTURE.md, "Module boundaries").

export { manifest } from './manifest.js';
// Queries: the prices in force of the products a quote lists (Q2C-1).
export { type ProductForQuote, productsForQuote } from './queries.js';
// Read models: the product table, for reads and joins in SQL only.
export { products } from './tables.js';
