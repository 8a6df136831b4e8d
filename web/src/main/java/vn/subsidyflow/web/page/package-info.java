/**
 * What every server-rendered page shares, whatever its feature: the layout's model (who is signed
 * in, the menu), how money and dates are written, how a refusal is shown on a form, the language.
 * The pages themselves live with their feature, beside its API.
 */
package vn.subsidyflow.web.page;
