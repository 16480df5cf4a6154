/** The workbook layout and the zip normalisation behind the XLSX sink; not exported. */
package io.github.baozhang.adapter.xlsx.internal;
