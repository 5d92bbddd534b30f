#!/usr/bin/python3
# Opens a .docx in LibreOffice (headless, through the UNO bridge), accepts or rejects every
# tracked change, and prints the body's paragraphs, one a line, without the footnote
# references (their numbers are not words of the text). Used by the redline tests:
#   tracked_changes.py accept|reject FILE.docx
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    action, path = sys.argv[1], os.path.abspath(sys.argv[2])
    profile = tempfile.mkdtemp(prefix="resolint-lo-")
    pipe = "resolint%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=file://" + profile,
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            sys.exit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        frame = document.getCurrentController().getFrame()
        command = ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
        dispatcher.executeDispatch(frame, command, "", 0, ())
        paragraphs = document.getText().createEnumeration()
        out = []
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            if paragraph.supportsService("com.sun.star.text.Paragraph"):
                portions = paragraph.createEnumeration()
                text = ""
                while portions.hasMoreElements():
                    portion = portions.nextElement()
                    if portion.TextPortionType == "Text":
                        text += portion.getString()
                out.append(text)
        sys.stdout.write("\n".join(out) + "\n")
        document.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=30)


main()
