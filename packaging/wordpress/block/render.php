<?php
/**
 * Server-side render of the "Nearer reflection" block: one <nearer-widget>
 * element. WordPress passes $attributes (block.json's, with their defaults).
 *
 * @package Nearer
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$nearer_options = array();
foreach ( array(
	'namespace'    => 'namespace',
	'lang'         => 'lang',
	'parts'        => 'parts',
	'accent'       => 'accent',
	'surface'      => 'surface',
	'cta_label'    => 'ctaLabel',
	'cta_url'      => 'ctaUrl',
	'safety_text'  => 'safetyText',
	'safety_link'  => 'safetyLink',
	'safety_phone' => 'safetyPhone',
	'quick_exit'   => 'quickExit',
	'pack'         => 'pack',
) as $nearer_option => $nearer_attribute ) {
	$nearer_options[ $nearer_option ] = isset( $attributes[ $nearer_attribute ] ) ? $attributes[ $nearer_attribute ] : '';
}

nearer_enqueue();
echo nearer_widget_markup( $nearer_options, get_block_wrapper_attributes() ); // phpcs:ignore WordPress.Security.EscapeOutput -- every attribute is escaped inside.
