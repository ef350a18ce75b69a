<?php
/**
 * Uninstalling Nearer removes nothing, because there is nothing to remove:
 * the plugin keeps no option, table, file or transient of its own, and a
 * visitor's answers and list were never on this server. They are in each
 * visitor's own browser (localStorage, under the widget's namespace), where
 * only the visitor can delete them: from "Your data on this device" inside
 * the reflection while it is still on the site, or by clearing this site's
 * data in their browser.
 *
 * Blocks already placed in posts stay in the post content; with the plugin
 * gone the editor offers to keep them as HTML or remove them.
 *
 * @package Nearer
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
