/**
 * Will hold: a provincial system that reads its CSV feed, validates, funds and writes its monthly report upward. Built in issue 7; today only the module exists.
 */
package io.github.baozhang.examples.provincial;
