"""Packages for setuptools: the engine, and the top-level folders rules/, web/ and examples/
installed as benefits_calc.rules, benefits_calc.web and benefits_calc.examples with every
subpackage found in them (a new country needs no change here). Everything else is in
pyproject.toml."""

from setuptools import find_packages, setup

FOLDERS = {"rules": "benefits_calc.rules", "web": "benefits_calc.web", "examples": "benefits_calc.examples"}

packages = ["benefits_calc"]
package_dir = {"benefits_calc": "benefits_calc"}
for folder, name in FOLDERS.items():
    package_dir[name] = folder
    packages += [name] + [f"{name}.{sub}" for sub in find_packages(folder)]

setup(packages=packages, package_dir=package_dir)
